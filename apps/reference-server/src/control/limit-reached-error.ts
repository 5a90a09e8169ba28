/**
 * The control API already holds as many of something (faults, task fates) as the server allows; the
 * control API answers 409 with the message, which says how to make room.
 */
export class LimitReachedError extends Error {}
