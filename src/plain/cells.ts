/**
 * Separates the cells of a table row while a reader builds the plain text: a noncharacter, so
 * line tidying (which trims spaces and tabs at line ends) keeps empty cells at either end of a
 * row; each reader turns it into a tab at the end.
 */
export const CELL_SEPARATOR = '\uFDD0';
