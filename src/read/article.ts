import { pairArticle } from '../pair/article.js';
import type { Block } from './article-blocks.js';
import { classifyLine } from './article-blocks.js';
import type { ReadOptions, Reader } from './reader.js';
import { numberedLines, type ByteCounter } from './text-stream.js';

/**
 * The blocks of an article, one per non-blank line. A marker alone on its line
 * (`英文原文:`) passes its language on to the next content block.
 */
export async function* articleBlocks(path: string, onBytes?: ByteCounter): AsyncGenerator<Block> {
  let pendingLang: string | undefined;
  for await (const { line, text } of numberedLines(path, onBytes)) {
    if (text.trim() === '') continue;
    const block = classifyLine(line, text);
    if (block.kind === 'content' && block.text === '') {
      pendingLang = block.declaredLang ?? pendingLang;
      continue;
    }
    if (block.kind === 'content' && pendingLang) {
      block.declaredLang ??= pendingLang;
      pendingLang = undefined;
    }
    yield block;
  }
}

const article: Reader = {
  format: 'article',
  extensions: ['txt', 'md', 'markdown', 'text'],
  sniff: () => true,
  async *read(options: ReadOptions) {
    // An article is one document: its languages are decided over all of it, so its
    // blocks are gathered first (articles are pages, not corpora).
    const blocks: Block[] = [];
    for await (const block of articleBlocks(options.path, options.onBytes)) blocks.push(block);
    yield* pairArticle(blocks, options);
  },
};

export default article;
