/** Reads one request header by its lower-case name, as `Headers.get` does: its value, or null when it is absent. */
export type HeaderReader = (lowerCaseName: string) => string | null;
