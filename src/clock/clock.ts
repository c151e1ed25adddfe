/**
 * Where "now" comes from for anything with a due time (jobs, deadlines, reminders). Inject `Clock`, never call
 * `new Date()` for such times, so that tests can move time and run what has fallen due.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Real time shifted by an offset that tests set: time keeps moving, but a test can jump days ahead. */
export class TestClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
