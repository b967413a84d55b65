// A1 notation of a cell, for the sidebar's links to cells.

export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const a1 = (row: number, column: number) => `${columnLetter(column)}${row}`;
