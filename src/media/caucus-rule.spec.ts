import { mayReceive } from './caucus-rule';

describe('mayReceive (背对背: who may receive whose media)', () => {
  const caucus = new Set(['mediator', 'applicant']);

  it('lets everyone receive everyone when no caucus is going on', () => {
    expect(mayReceive('respondent', 'applicant', null)).toBe(true);
    expect(mayReceive('applicant', 'mediator', null)).toBe(true);
  });

  it('lets the caucus members hear each other', () => {
    expect(mayReceive('applicant', 'mediator', caucus)).toBe(true);
    expect(mayReceive('mediator', 'applicant', caucus)).toBe(true);
  });

  it('gives outsiders nothing from the caucus', () => {
    expect(mayReceive('respondent', 'mediator', caucus)).toBe(false);
    expect(mayReceive('respondent', 'applicant', caucus)).toBe(false);
  });

  it('gives the caucus nothing from outsiders', () => {
    expect(mayReceive('mediator', 'respondent', caucus)).toBe(false);
    expect(mayReceive('applicant', 'guide', caucus)).toBe(false);
  });

  it('lets outsiders still hear each other (e.g. a respondent and their co-respondent)', () => {
    expect(mayReceive('respondent', 'respondent2', caucus)).toBe(true);
  });

  it('treats a peer as able to receive itself only within its side (no self-consumers are made anyway)', () => {
    expect(mayReceive('applicant', 'applicant', caucus)).toBe(true);
    expect(mayReceive('respondent', 'respondent', caucus)).toBe(true);
  });
});
