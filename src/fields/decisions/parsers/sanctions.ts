/** What discipline forms share: the penalty named after 给予/受到, and when a sanction is only background. */
import { PENALTIES } from '../words.js';
import { WordList, byLength } from '../../../text/word-list.js';

const PENALTY_WORDS = new WordList(byLength([...PENALTIES, '党内', '政务', '相应', '诫勉', '组织处理']));

/** Index of the first penalty word in `seg`, with its length; -1 when none. */
export function penaltyIn(seg: string): { index: number; end: number } {
  // The first place any penalty word occurs.
  const best = PENALTY_WORDS.indexIn(seg);
  if (best < 0) return { index: -1, end: -1 };
  const chu = seg.indexOf('处分', best);
  const tan = seg.indexOf('谈话', best);
  let end = chu >= 0 ? chu + 2 : tan >= 0 ? tan + 2 : -1;
  if (end < 0) {
    // 开除党籍、开除公职 without 处分.
    const m =
      /^(?:开除党籍|开除公职|留党察看[^,。;]{0,4}|撤销党内职务|撤职|降级|记大过|记过|通报批评|批评教育|诫勉谈话|免职处理|停职检查|组织处理)(?:[、和及](?:开除党籍|开除公职|撤职|政务撤职))*/.exec(
        seg.slice(best),
      );
    end = m ? best + m[0].length : -1;
  }
  return { index: best, end };
}

/** After a sanction: 期间/的/决定 make it background (受到处分期间, 处分的, 处分决定). */
export function sanctionCited(text: string, end: number): boolean {
  return /^(?:的|期间|决定|后|以来|人员|影响期)/.test(text.slice(end, end + 3));
}
