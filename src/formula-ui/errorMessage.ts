import type { Translate } from '../i18n/catalogue';
import { formula, type FormulaKey } from '../i18n/sections/formula';
import type { FormulaError } from '../math/formula';
import { loadedFormula } from '../state/formula';

/** The catalogue message of each engine error code. */
const KEYS: Readonly<Record<FormulaError['code'], FormulaKey>> = {
  empty: 'formulaErrEmpty',
  'too-long': 'formulaErrTooLong',
  'too-deep': 'formulaErrTooDeep',
  'bad-character': 'formulaErrBadCharacter',
  'unexpected-token': 'formulaErrUnexpected',
  'unexpected-end': 'formulaErrUnexpectedEnd',
  'unbalanced-paren': 'formulaErrUnbalanced',
  'bad-number': 'formulaErrBadNumber',
  'unknown-function': 'formulaErrUnknownFunction',
  'wrong-arity': 'formulaErrArity',
  'unknown-keyword': 'formulaErrUnknownKeyword',
  'x-in-parameter': 'formulaErrXInParam',
  'reserved-name': 'formulaErrBadName',
  'too-many-params': 'formulaErrTooManyParams',
};

/** The engine's cap a too-long, too-deep or too-many-parameters error is about. */
function limit(code: FormulaError['code']): number | string {
  const e = loadedFormula();
  if (!e) return '';
  return code === 'too-long' ? e.MAX_LENGTH : code === 'too-deep' ? e.MAX_DEPTH : e.MAX_PARAMS;
}

/** Longest piece of the source quoted in a message (the field shows the whole of it). */
const MAX_TOKEN = 24;

/**
 * What is wrong with a formula, in the reader's language, with the position where it is
 * wrong counted from 1: `At character 12: unexpected “)”.` Plain text: the offending piece of
 * source is quoted as text, never as markup.
 */
export function errorMessage(
  t: Translate<typeof formula>,
  source: string,
  error: FormulaError,
): string {
  const piece = error.name ?? source.slice(error.start, error.end);
  const token = piece.length > MAX_TOKEN ? `${piece.slice(0, MAX_TOKEN)}…` : piece;
  const problem = t(KEYS[error.code], {
    token,
    expected: error.expected ?? '',
    max: limit(error.code),
  });
  if (error.code === 'empty') return problem;
  return t('formulaErrorAt', { problem, at: error.start + 1 });
}
