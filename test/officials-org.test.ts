/**
 * Bare organisations resolved to the article's locality (镇党委 → 青溪镇党委).
 */
import { describe, expect, it } from 'vitest';
import { localities, resolveOrganisations } from '../src/refiners/officials-org.js';
import type { Official } from '../src/types.js';

function official(text: string, titleText: string, org: string | null): Official {
  const at = text.indexOf(titleText);
  return {
    name: '某人',
    titles: [{ text: titleText, org, position: titleText.slice(org?.length ?? 0), acting: false, former: false, span: [at, at + titleText.length], rule: 't' }],
    mentions: [],
    rule: 't',
  };
}

describe('localities', () => {
  it.each([
    ['3月1日,平安县青溪镇召开大会。青溪镇党委书记讲话,青溪镇各村参加。', '镇', '青溪镇'],
    ['平安县召开会议。平安县委书记讲话。会后平安县各部门落实。', '县', '平安县'],
  ])('%s → %s %s', (text, level, place) => {
    const p = localities(text).get(level);
    expect(p && text.slice(p.at, p.at + p.length)).toBe(place);
  });

  it.each([
    ['召开县政协常委会,县政协主席讲话。', '县'], // 召开县 only ever stands before an organisation
    ['全镇上下,各镇干部,本镇群众。', '镇'], // quantifiers and pronouns are no place
    ['代理县长出席,副县长讲话。', '县'], // 县|长 is a post
  ])('no place in %s', (text, level) => {
    expect(localities(text).get(level)).toBeUndefined();
  });
});

describe('resolveOrganisations', () => {
  it('prefixes a bare level organisation with the locality, spelled as written', () => {
    const text = '青溪镇召开大会。镇党委书记讲话。青溪镇各村参加。';
    const o = official(text, '镇党委书记', '镇党委');
    resolveOrganisations(text, text, [o]);
    expect(o.titles[0]?.orgResolved).toBe('青溪镇党委');

    const original = '青溪鎮召開大會。鎮黨委書記講話。青溪鎮各村參加。';
    const t = official(original, '鎮黨委書記', '鎮黨委');
    resolveOrganisations(text, original, [t]);
    expect(t.titles[0]?.orgResolved).toBe('青溪鎮黨委');
  });

  it('leaves named organisations and unknown places alone', () => {
    const text = '青溪镇召开大会。石桥村党支部书记讲话。青溪镇各村参加。';
    const o = official(text, '石桥村党支部书记', '石桥村党支部');
    resolveOrganisations(text, text, [o]);
    expect(o.titles[0]?.orgResolved).toBeUndefined();

    const lone = '镇党委书记讲话。';
    const p = official(lone, '镇党委书记', '镇党委');
    resolveOrganisations(lone, lone, [p]);
    expect(p.titles[0]?.orgResolved).toBeUndefined();
  });
});
