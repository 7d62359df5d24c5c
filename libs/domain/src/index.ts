export * from './calendar/calendar-date';
export * from './deadline/deadline-kind';
export * from './deadline/parse-deadline';
export * from './deadline/due-date';
export * from './text/normalise-text';
