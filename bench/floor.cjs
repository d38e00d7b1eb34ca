// The floor for bench:cli: a plain read of every cell and a write of the same file
// with the file shell, compiled (dist-cli), nothing analysed. Usage: floor.cjs <in> <out>.
const fs = require('node:fs');
const path = require('node:path');
const { openWorkbook, readTables } = require(path.join(__dirname, '..', 'dist-cli', 'xlsx', 'read.js'));

const [input, output] = process.argv.slice(2);
const file = openWorkbook(fs.readFileSync(input));
readTables(file);
fs.writeFileSync(output, file.pkg.save());
