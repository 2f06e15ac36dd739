import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const meetings = (text: string) =>
  extract(text, { id: 't' }).meetings.map(({ name, place, chair, speakers, attendees, agenda }) => ({
    name,
    place,
    chair,
    speakers,
    attendees,
    agenda,
  }));

describe('meeting details', () => {
  it('takes place, chair, speakers, attendees and agenda from the meeting paragraph', () => {
    const [m] = meetings(
      '3月6日,白河镇在镇政府三楼会议室召开安全生产工作会议,镇长李建国主持会议。会议传达学习了全县安全生产工作会议精神,听取了各村安全隐患排查情况汇报。镇党委书记王晓东讲话,副镇长陈红出席。',
    );
    expect(m).toEqual({
      name: '安全生产工作会议',
      place: '镇政府三楼会议室',
      chair: ['李建国'],
      speakers: ['王晓东'],
      attendees: ['陈红'],
      agenda: ['传达学习了全县安全生产工作会议精神', '听取了各村安全隐患排查情况汇报'],
    });
  });

  it('runs an agenda item on to the 》 of a title it stops inside', () => {
    const [m] = meetings('5月8日,县人大常委会召开第十次会议。会议听取了《县人民法院关于执行工作情况的报告》。');
    expect(m?.agenda).toEqual(['听取了《县人民法院关于执行工作情况的报告》']);
  });

  it('gives each official to the meeting reported before their first mention', () => {
    const ms = meetings(
      '3月1日,县委召开常委会会议,县委书记周明主持会议。\n3月2日,县政府召开常务会议,县长吴桂英主持会议。',
    );
    expect(ms.map((m) => [m.name, m.chair])).toEqual([
      ['常委会会议', ['周明']],
      ['常务会议', ['吴桂英']],
    ]);
  });

  it.each([
    ['全省春耕生产现场推进会8日在广西南宁召开。', '广西南宁'],
    ['白河镇安全生产工作会议在县委的坚强领导下召开。', null],
  ])('place in %s', (text, place) => {
    const [m] = meetings(text);
    expect(m).toBeDefined();
    expect(m?.place).toBe(place);
  });

  it('leaves the lists empty when nobody is named', () => {
    const [m] = meetings('5月9日上午,寨南镇召开村级后备干部培训动员部署会。');
    expect(m).toMatchObject({ place: null, chair: [], speakers: [], attendees: [] });
  });
});
