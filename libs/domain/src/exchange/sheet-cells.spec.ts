import { describe, expect, it } from 'vitest';
import {
  CellValue,
  isFormulaLikeText,
  readCommentCell,
  readDateCell,
  readLinksCell,
  readProgressCell,
  readStatusCell,
  readTextCell,
  spreadsheetSafeText,
} from './sheet-cells';

const outcome = <T>(reading: { ok: true; value: T } | { ok: false; code: string }) => (reading.ok ? reading.value : reading.code);

describe('reading the cells of an update template', () => {
  it.each<[CellValue, string]>([
    ['En cours', 'IN_PROGRESS'],
    ['  terminee ', 'COMPLETED'],
    ['Bloquée', 'BLOCKED'],
    ['CANCELLED', 'CANCELLED'],
    ['not started', 'NOT_STARTED'],
    ['Fini', 'INVALID_STATUS'],
    ['', 'STATUS_REQUIRED'],
    [null, 'STATUS_REQUIRED'],
  ])('reads the status %j as %s', (cell, expected) => {
    expect(outcome(readStatusCell(cell))).toBe(expected);
  });

  it.each<[CellValue, number | string]>([
    [40, 40],
    ['75', 75],
    ['60 %', 60],
    [0, 0],
    [100, 100],
    [101, 'PROGRESS_OUT_OF_RANGE'],
    [-5, 'PROGRESS_OUT_OF_RANGE'],
    [12.5, 'PROGRESS_OUT_OF_RANGE'],
    ['beaucoup', 'PROGRESS_OUT_OF_RANGE'],
    ['', 'PROGRESS_REQUIRED'],
  ])('reads the progress %j as %j', (cell, expected) => {
    expect(outcome(readProgressCell(cell))).toBe(expected);
  });

  it.each<[CellValue, string | null]>([
    [new Date(Date.UTC(2025, 5, 30)), '2025-06-30'],
    ['2025-06-30', '2025-06-30'],
    ['30/06/2025', '2025-06-30'],
    ['1/7/2025', '2025-07-01'],
    ['', null],
    ['2025-02-30', 'INVALID_DATE'],
    ['31/13/2025', 'INVALID_DATE'],
    ['demain', 'INVALID_DATE'],
  ])('reads the date %j as %j', (cell, expected) => {
    expect(outcome(readDateCell(cell))).toBe(expected);
  });

  it.each<[CellValue, string[] | string]>([
    ['https://imanor.gov.ma/a', ['https://imanor.gov.ma/a']],
    ['https://a.ma/x, http://b.ma/y', ['https://a.ma/x', 'http://b.ma/y']],
    ['', []],
    ['javascript:alert(1)', 'INVALID_LINK'],
    ['www.sans-protocole.ma', 'INVALID_LINK'],
    ['https://www.gov.ma@evil.example/', 'INVALID_LINK'],
    ['http://192.168.1.10/rapport.pdf', 'INVALID_LINK'],
    ['https://intranet/preuve', 'INVALID_LINK'],
    ['https://evil.example/\u202egpj.ma', 'INVALID_LINK'],
    ['https://a.ma/x\u200b', ['https://a.ma/x']], // an invisible character at the end of the cell is trimmed
  ])('reads the evidence links %j as %j', (cell, expected) => {
    expect(outcome(readLinksCell(cell))).toEqual(expected);
  });

  it.each<[CellValue, string]>([
    ['  Rapport transmis  ', 'Rapport transmis'],
    ['\u200b\u200b', ''],
    ['\ufeffTexte\u2060', 'Texte'],
    [null, ''],
  ])('reads the text %j as %j (invisible characters at the ends trimmed)', (cell, expected) => {
    expect(readTextCell(cell)).toBe(expected);
  });

  it.each<[CellValue, string]>([
    ['Rapport transmis', 'Rapport transmis'],
    ['Ligne 1\nLigne 2', 'Ligne 1\nLigne 2'],
    ['avec un NUL\u0000', 'INVALID_TEXT'],
    ['un échappement \u001b[0m', 'INVALID_TEXT'],
  ])('reads the comment %j as %j', (cell, expected) => {
    expect(outcome(readCommentCell(cell))).toBe(expected);
  });

  it.each<[CellValue, boolean]>([
    ['=HYPERLINK("http://exemple.ma","x")', true],
    ['  =1+1', true],
    ["+cmd|' /C calc'!A0", true],
    ['@SUM(A1:A2)', true],
    ['\tcaché', true],
    ['- point 1 ; - point 2', false],
    ['Budget + 10 %', false],
    ['contact@imanor.ma', false],
    [42, false],
    [null, false],
  ])('treats %j as formula-like text: %j', (cell, expected) => {
    expect(isFormulaLikeText(cell)).toBe(expected);
  });

  it.each<[CellValue, CellValue]>([
    ['=HYPERLINK("http://exemple.ma","x")', `'=HYPERLINK("http://exemple.ma","x")`],
    ['+212 5 22 00 00 00', "'+212 5 22 00 00 00"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcaché', "'\tcaché"],
    ['Stratégie nationale', 'Stratégie nationale'],
    ['- point 1', '- point 1'],
    [2027, 2027],
    [null, null],
  ])('writes %j into an export as %j', (value, written) => {
    expect(spreadsheetSafeText(value)).toEqual(written);
  });
});
