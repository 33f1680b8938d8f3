/**
 * The pattern of a decimal written as a string, kept apart from the zod schemas so that code which
 * checks a single value at run time (a point value, say) does not pull zod into a browser bundle.
 */
export const DECIMAL_STRING = /^-?(0|[1-9]\d{0,14})(\.\d{1,10})?$/;
