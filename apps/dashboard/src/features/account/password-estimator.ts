import { zxcvbnEstimator } from '@pnq/domain';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';

/** The same estimator as the API's (zxcvbn-ts, common and French dictionaries); loaded on the password screens only. */
export const estimator = zxcvbnEstimator(new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...fr.dictionary }, graphs: common.adjacencyGraphs }));
