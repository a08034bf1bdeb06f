// Tab-separated values as IANA's text/tab-separated-values defines them: fields hold
// no tabs or line breaks, and a quote is ordinary text (translations quote freely:
// `"Save" saves the file`). TSV that wraps fields in quotes to carry tabs or line
// breaks is not supported; such files are CSV with another delimiter.
import { delimitedReader } from './csv.js';

const tsv = delimitedReader({ format: 'tsv', delimiter: '\t', quote: false });

export default tsv;
