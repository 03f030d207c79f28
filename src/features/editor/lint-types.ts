import type { Runtime } from '../../schema/workspace';

/** What a platform check found. */
export type LintCode =
  | 'no-lambda'
  | 'eval'
  | 'console-method'
  | 'unknown-module'
  | 'wrong-toolbelt'
  | 'toolbelt-client'
  | 'require'
  | 'missing-feature'
  | 'contract'
  | 'too-long'
  | 'missed-callback';

/** A quick fix: switch the workspace's runtime, or replace the finding's text. */
export type LintFix = { title: string; runtime: Runtime } | { title: string; text: string };

/** One finding, as a character range of the source. */
export interface PlatformLint {
  code: LintCode;
  message: string;
  start: number;
  end: number;
  /** `info`: a soft hint (the code runs); else a warning. */
  severity?: 'info';
  /** Quick fixes the editor offers on the finding. */
  fixes?: LintFix[];
}
