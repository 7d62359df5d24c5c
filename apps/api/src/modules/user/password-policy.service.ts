import { Injectable } from '@nestjs/common';
import { judgePassword, PasswordOwner, PasswordVerdict, StrengthEstimator, zxcvbnEstimator } from '@pnq/domain';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import { weakPassword } from './user.errors';

/**
 * The password rule of libs/domain (`judgePassword`) with its estimator: zxcvbn-ts and its common and French
 * dictionaries — the dashboard builds the same one for its live feedback. Built once per process (about 0.3 s).
 */
@Injectable()
export class PasswordPolicy {
  private estimator: StrengthEstimator | null = null;

  judge(password: string, owner: PasswordOwner): PasswordVerdict {
    this.estimator ??= zxcvbnEstimator(new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...fr.dictionary }, graphs: common.adjacencyGraphs }));
    return judgePassword(password, owner, this.estimator);
  }

  /** Throws WEAK_PASSWORD, with every problem and the estimator's advice, unless the password is acceptable. */
  assertAcceptable(password: string, owner: PasswordOwner): void {
    const verdict = this.judge(password, owner);
    if (!verdict.acceptable) throw weakPassword(verdict);
  }
}
