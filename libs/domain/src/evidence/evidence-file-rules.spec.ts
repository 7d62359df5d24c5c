import { describe, expect, it } from 'vitest';
import { evidenceSizeViolation, evidenceTypeViolation, sanitiseFileName } from './evidence-file-rules';

describe('the type of an evidence file, read from its content', () => {
  it.each<[string, string | null, string, string | null]>([
    ['a PDF named .pdf', 'application/pdf', 'rapport.pdf', null],
    ['a PDF named .PDF', 'application/pdf', 'RAPPORT.PDF', null],
    ['a Word document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'convention.docx', null],
    ['an Excel workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'liste.xlsx', null],
    ['an older Word file', 'application/x-cfb', 'ancien.doc', null],
    ['an OpenDocument text', 'application/vnd.oasis.opendocument.text', 'note.odt', null],
    ['a PNG image', 'image/png', 'photo.png', null],
    ['a JPEG photo named .jpeg', 'image/jpeg', 'IMG_2031.jpeg', null],
    ['an executable renamed .pdf', 'application/x-msdownload', 'rapport.pdf', 'FILE_TYPE_NOT_ALLOWED'],
    ['an ELF binary', 'application/x-elf', 'outil.pdf', 'FILE_TYPE_NOT_ALLOWED'],
    ['HTML or SVG (nothing the detector recognises)', null, 'page.svg', 'FILE_TYPE_NOT_ALLOWED'],
    ['a ZIP archive', 'application/zip', 'preuves.zip', 'FILE_TYPE_NOT_ALLOWED'],
    ['a PNG renamed .pdf', 'image/png', 'rapport.pdf', 'FILE_TYPE_MISMATCH'],
    ['a PDF without an extension', 'application/pdf', 'rapport', 'FILE_TYPE_MISMATCH'],
    ['an older binary Office file named .exe', 'application/x-cfb', 'setup.exe', 'FILE_TYPE_MISMATCH'],
  ])('%s → %s', (_case, mime, name, code) => {
    expect(evidenceTypeViolation(mime ? { mime } : null, name)?.code ?? null).toBe(code);
  });
});

describe('the size of an evidence file', () => {
  const limits = { maxFileBytes: 1000, organisationQuotaBytes: 5000 };
  it.each<[number, number, string | null]>([
    [1000, 0, null],
    [1, 4999, null],
    [0, 0, 'FILE_REQUIRED'],
    [1001, 0, 'FILE_TOO_LARGE'],
    [500, 4600, 'EVIDENCE_QUOTA_EXCEEDED'],
  ])('%i bytes with %i stored → %s', (size, stored, code) => {
    expect(evidenceSizeViolation(size, stored, limits)?.code ?? null).toBe(code);
  });
});

describe('the name an evidence file is kept under', () => {
  it.each<[string, string]>([
    ['rapport.pdf', 'rapport.pdf'],
    ['C:\\Users\\ali\\Documents\\liste.XLSX', 'liste.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['photo\u202egpj.exe', 'photogpj.exe'],
    ['  .htaccess  ', 'htaccess'],
    ['a<b>:"c|d?*.pdf', 'abcd.pdf'],
    ['ligne\nrompue\t.pdf', 'lignerompue.pdf'],
    ['...', 'fichier'],
    ['.pdf', 'pdf'],
    ['محضر الاجتماع.pdf', 'محضر الاجتماع.pdf'],
    [`${'x'.repeat(300)}.pdf`, `${'x'.repeat(116)}.pdf`],
  ])('%j → %j', (raw, safe) => {
    expect(sanitiseFileName(raw)).toBe(safe);
  });
});
