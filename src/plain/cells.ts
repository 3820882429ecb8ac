/**
 * Separates the cells of a table row while a reader builds the plain text: a noncharacter, so
 * line tidying (which trims spaces and tabs at line ends) keeps empty cells at either end of a
 * row; each reader turns it into a tab at the end.
 */
export const CELL_SEPARATOR = '\uFDD0';

/**
 * A line break inside a table cell (`<br>`): the row stays one line, yet a cell of two lines
 * under a header of two lines holds two figures, each under its own header line. U+2028 LINE
 * SEPARATOR is Unicode's line break within a paragraph; `\s` matches it, so rules read it as a space.
 */
export const LINE_IN_CELL = '\u2028';
