import { describe, expect, it } from 'vitest';
import { mentionHandles, resolveMentions } from './mentions';

describe('mentions in a comment', () => {
  it.each<[string, string[]]>([
    ['Merci @IMANOR pour le projet.', ['IMANOR']],
    ['@LPEE-LNM, @MIC/DAJC et @imanor', ['LPEE-LNM', 'MIC/DAJC', 'imanor']],
    ['Voir @semac@pnq.local demain', ['semac@pnq.local']],
    ['Écrire à contact@imanor.gov.ma', []],
    ['(@IMANOR) et « @SEMAC »', ['IMANOR', 'SEMAC']],
    ['@IMANOR puis @imanor encore', ['IMANOR']],
    ['Un @ seul, @- et @.', []],
    ['شكرا @IMANOR', ['IMANOR']],
    ['Fin de phrase @SEMAC.', ['SEMAC']],
  ])('finds in %j the handles %j', (text, handles) => {
    expect(mentionHandles(text)).toEqual(handles);
  });

  const organisations = [
    { id: 1, acronym: 'IMANOR' },
    { id: 2, acronym: 'LPEE-LNM' },
    { id: 3, acronym: null },
  ];
  const people = [
    { id: 10, email: 'semac@pnq.local' },
    { id: 11, email: 'Admin@PNQ.local' },
  ];
  it.each<[string[], number[], number[]]>([
    [['imanor'], [1], []],
    [['IMANOR', 'LPEE-LNM'], [1, 2], []],
    [['semac@pnq.local', 'admin@pnq.local'], [], [10, 11]],
    [['inconnu', 'nobody@pnq.local'], [], []],
    [['IMANOR', 'imanor'], [1], []],
  ])('resolves %j to organisations %j and people %j', (handles, organisationIds, userIds) => {
    expect(resolveMentions(handles, organisations, people)).toEqual({ organisationIds, userIds });
  });
});
