import { GeneratedFile, LeakHit, PrivateText, PublicSnapshot, scanForLeaks } from '@pnq/domain';
import { strFromU8, unzipSync } from 'fflate';
import { datasetMetadata, dictionaryCsv, LICENCE_TEXT, openDataTables, openDataWorkbook, tableCsv } from './open-data';
import { renderPage, SEARCH_JS, SITE_CSS } from './site-html';
import { SITE_LANGUAGES } from './site-labels';
import { sitePages } from './site-pages';

/** One file of a rendered snapshot, its path relative to the snapshot's folder. */
export interface SiteFile {
  path: string;
  contentType: string;
  content: string | Uint8Array;
}

const HTML = 'text/html; charset=utf-8';

/** Every file of a snapshot: the pages in each language, the assets, the open data and its metadata. */
export async function renderSite(doc: PublicSnapshot, baseUrl: string): Promise<SiteFile[]> {
  const files: SiteFile[] = [
    {
      path: 'index.html',
      contentType: HTML,
      content: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>PNQ</title><meta http-equiv="refresh" content="0; url=fr/index.html"></head><body><p><a href="fr/index.html">Français</a> · <a href="ar/index.html" lang="ar">العربية</a> · <a href="en/index.html" lang="en">English</a></p></body></html>\n`,
    },
    { path: 'assets/site.css', contentType: 'text/css; charset=utf-8', content: SITE_CSS },
    { path: 'assets/search.js', contentType: 'text/javascript; charset=utf-8', content: SEARCH_JS },
  ];
  for (const language of SITE_LANGUAGES) {
    for (const page of sitePages(doc, language)) {
      files.push({
        path: `${language}/${page.page}`,
        contentType: HTML,
        content: renderPage({ language, page: page.page, title: page.title, description: page.description, body: page.body, snapshot: doc, baseUrl }),
      });
    }
  }
  for (const table of openDataTables(doc)) files.push({ path: `data/${table.name}`, contentType: 'text/csv; charset=utf-8', content: tableCsv(table) });
  files.push(
    { path: 'data/pnq-snapshot.json', contentType: 'application/json; charset=utf-8', content: JSON.stringify(doc, null, 1) },
    { path: 'data/pnq-snapshot.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await openDataWorkbook(doc) },
    { path: 'data/data-dictionary.csv', contentType: 'text/csv; charset=utf-8', content: dictionaryCsv() },
    { path: 'data/LICENCE.txt', contentType: 'text/plain; charset=utf-8', content: LICENCE_TEXT },
    { path: 'data/dataset.jsonld', contentType: 'application/ld+json; charset=utf-8', content: JSON.stringify(datasetMetadata(doc, baseUrl), null, 1) },
  );
  return files;
}

/** The text of every file as the leak scan reads it: a workbook's XML parts unzipped, each under `<file>!/<part>`. */
export function scannableTexts(files: readonly SiteFile[]): GeneratedFile[] {
  return files.flatMap((file): GeneratedFile[] => {
    if (typeof file.content === 'string') return [{ path: file.path, content: file.content }];
    const parts = unzipSync(file.content);
    return Object.entries(parts).map(([part, bytes]) => ({ path: `${file.path}!/${part}`, content: strFromU8(bytes) }));
  });
}

export function scanSite(files: readonly SiteFile[], forbidden: readonly PrivateText[]): LeakHit[] {
  return scanForLeaks(scannableTexts(files), forbidden);
}
