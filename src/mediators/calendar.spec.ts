import { calendar, escapeText, foldLine } from './calendar';

describe('iCalendar for booked sessions', () => {
  const event = {
    uid: 's1@hezhou', start: new Date('2026-12-07T02:00:00Z'), end: new Date('2026-12-07T03:00:00Z'),
    summary: '调解会议：合阳调字〔2026〕第0001号', description: '线下调解，请携带身份证件；准时到场', location: '合阳城街道调解室, 3楼',
    cancelled: false, updatedAt: new Date('2026-12-01T00:00:00Z'),
  };

  it('writes one VEVENT in UTC with a reminder, CRLF line ends and escaped text', () => {
    const ics = calendar('王桂兰的调解日程', [event]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20261207T020000Z\r\n');
    expect(ics).toContain('LOCATION:合阳城街道调解室\\, 3楼');
    expect(ics).toContain('TRIGGER:-PT1H');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('marks a cancelled session as such, without a reminder', () => {
    const ics = calendar('x', [{ ...event, cancelled: true }]);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('VALARM');
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const folded = foldLine(`DESCRIPTION:${'调解'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'调解'.repeat(40)}`);
    expect(escapeText('a;b\nc')).toBe('a\\;b\\nc');
  });
});
