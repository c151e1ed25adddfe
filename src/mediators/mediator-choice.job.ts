/** The job that hands the choice to the committee when the parties have not agreed on a mediator in time. */
export const MEDIATOR_CHOICE_DEADLINE_JOB = 'mediators.choice-deadline';
/** The parties have this many days from acceptance (or a replacement granted) to agree on a mediator. */
export const MEDIATOR_CHOICE_DAYS = 3;
