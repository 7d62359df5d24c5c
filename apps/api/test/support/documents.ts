import JSZip from 'jszip';

/** The text of every page of a PDF (pdf.js, legacy build for Node), one string per page, spaces collapsed. */
export async function pdfPages(content: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(content), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const text = await page.getTextContent();
    pages.push(
      text.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  await document.destroy();
  return pages;
}

/** Every piece of text of a PDF with its page (from 1) and position in points (x from the left, y from the bottom). */
export async function pdfItems(content: Buffer): Promise<{ page: number; text: string; x: number; y: number; width: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(content), useSystemFonts: false, isEvalSupported: false }).promise;
  const items: { page: number; text: string; x: number; y: number; width: number }[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const text = await (await document.getPage(number)).getTextContent();
    for (const item of text.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [x, y] = (item.transform as number[]).slice(4);
      items.push({ page: number, text: item.str.trim(), x, y, width: item.width });
    }
  }
  await document.destroy();
  return items;
}

/** The DOCX's parts, and the text of its body (each paragraph's runs joined, paragraphs on their own lines). */
export async function docxParts(content: Buffer): Promise<{ files: string[]; xml: string; text: string }> {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
  return { files: Object.keys(zip.files), xml, text };
}

/** GET with a session cookie; the body as bytes. */
export async function download(url: string, cookie?: string): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}
