import { describe, expect, it } from 'vitest';
import { validateLinkState } from './link-state';
import { keptWorkspaceSchema, runRequestOf, runtimeOfCode, workspaceDefaults } from './workspace';

const V1_CODE = 'function lambda(input, callback) { callback(null, 1); }';
const V2_CODE = 'async function lambda(input) { return 1; }';
const core = (code: string) => ({
  event: 'surveybot_messaging_survey_ended' as const,
  payload: {},
  code,
});

describe('the runtime setting', () => {
  it('is V1 for the callback contract or lp-faas-toolbelt, else V2', () => {
    expect(runtimeOfCode(V1_CODE)).toBe('v1');
    expect(runtimeOfCode("const { Toolbelt } = require('lp-faas-toolbelt');\n" + V2_CODE)).toBe(
      'v1',
    );
    expect(runtimeOfCode('const lambda = ({ payload }, done) => done(null, payload);')).toBe('v1');
    expect(runtimeOfCode('exports.lambda = function (input = {}, callback) {};')).toBe('v1');
    expect(runtimeOfCode(V2_CODE)).toBe('v2');
    expect(runtimeOfCode('const lambda = async ({ payload }) => payload;')).toBe('v2');
    expect(runtimeOfCode("import { Toolbelt } from 'core-functions-toolbelt';\n" + V2_CODE)).toBe(
      'v2',
    );
    expect(runtimeOfCode('')).toBe('v2');
  });

  it('is inferred from the code for a saved workspace that lacks it, and kept when given', () => {
    expect(keptWorkspaceSchema.parse(core(V1_CODE)).runtime).toBe('v1');
    expect(keptWorkspaceSchema.parse(core(V2_CODE)).runtime).toBe('v2');
    expect(keptWorkspaceSchema.parse({ ...core(V1_CODE), runtime: 'v2' }).runtime).toBe('v2');
    expect(keptWorkspaceSchema.safeParse({ ...core(V1_CODE), runtime: 'v3' }).success).toBe(false);
  });

  it('travels in links as "v1" or "v2", and nothing else', () => {
    expect(validateLinkState({ runtime: 'v1' })).toEqual({ state: { runtime: 'v1' } });
    expect(validateLinkState({ runtime: 'V1' })).toMatchObject({
      error: expect.stringMatching(/^runtime: /),
    });
  });

  it('reaches the run request, as every setting does', () => {
    const workspace = keptWorkspaceSchema.parse({ ...core(V2_CODE), runtime: 'v1' });
    expect(runRequestOf(workspace)).toMatchObject({ runtime: 'v1', code: V2_CODE });
    expect(runRequestOf(workspace)).not.toHaveProperty('cases');
    expect(workspaceDefaults(core(V2_CODE)).runtime).toBe('v2');
  });
});
