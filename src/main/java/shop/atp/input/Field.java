package shop.atp.input;

/**
 * A column as one file has it: SPEC's name, which problems name, and the cell it is in (-1
 * when the file does not have it). Found once per file, so a row is read by index.
 */
record Field(String column, int index) {
}
