import { useState } from 'react';
import { uploadEvidence, type EvidenceEntry } from './upload-evidence';

export interface UploadState {
  name: string;
  percent: number;
  outcome: 'SENDING' | 'SENT' | { code: string; message: string };
}

/** Files chosen for an entry, then sent one after the other once the entry is saved, with each one's progress. */
export function useEvidenceUploads() {
  const [chosen, setChosen] = useState<File[]>([]);
  const [uploads, setUploads] = useState<UploadState[]>([]);
  /** Changes once the chosen files are sent: the file input is then a fresh one (nothing chosen). */
  const [round, setRound] = useState(0);
  const sendAll = async (actionRef: string, entry: EvidenceEntry, files: readonly File[] = chosen) => {
    setUploads(files.map((file) => ({ name: file.name, percent: 0, outcome: 'SENDING' })));
    const change = (index: number, next: Partial<UploadState>) => setUploads((all) => all.map((u, i) => (i === index ? { ...u, ...next } : u)));
    for (const [index, file] of files.entries()) {
      const outcome = await uploadEvidence(actionRef, entry, file, (percent) => change(index, { percent }));
      change(index, outcome.ok ? { percent: 100, outcome: 'SENT' } : { outcome: { code: outcome.code, message: outcome.message } });
    }
    setChosen([]);
    setRound((n) => n + 1);
  };
  return { chosen, setChosen, uploads, sendAll, round };
}
