import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';

/**
 * The files of a corpus: a document (.xml), or a folder read recursively for documents and the
 * ELI metadata (.json) published beside them. Sorted, so imports and reports are reproducible.
 */
export async function corpusFiles(path: string): Promise<{ xml: string[]; json: string[] }> {
  const info = await stat(path);
  const all: string[] = [];
  if (info.isDirectory()) {
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else all.push(full);
      }
    };
    await walk(path);
  } else {
    all.push(path);
    // A single document's metadata sits beside it with the same name.
    const beside = join(dirname(path), `${path.slice(dirname(path).length + 1, -extname(path).length)}.json`);
    if (extname(path).toLowerCase() === '.xml') {
      try {
        if ((await stat(beside)).isFile()) all.push(beside);
      } catch {
        // No metadata beside it: the document's own <Meta> is enough.
      }
    }
  }
  all.sort();
  return {
    xml: all.filter((file) => extname(file).toLowerCase() === '.xml'),
    json: all.filter((file) => extname(file).toLowerCase() === '.json'),
  };
}

/** Whether a path is for the retsinformation reader: an .xml file, or a folder holding one. */
export async function looksLikeCorpus(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (info.isFile()) return extname(path).toLowerCase() === '.xml';
    return info.isDirectory() && (await corpusFiles(path)).xml.length > 0;
  } catch {
    return false;
  }
}
