import { describe, expect, it } from 'vitest';
import { defaultChildWelfareMapping } from '../child-welfare/postgres/mapping.js';
import { MappingFileError } from './mapping-issues.js';
import { parseMapping } from './parse-mapping.js';

/** The issues a mapping text gets, as `file:line:col: message` lines. */
function issuesOf(text: string, domain: 'child-welfare' | 'schools' = 'child-welfare'): string[] {
  try {
    parseMapping(domain, text, 'mapping.yaml');
  } catch (error) {
    if (error instanceof MappingFileError) return error.issues.map((i) => `mapping.yaml:${i.line}:${i.col}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a MappingFileError');
}

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('mapping files', () => {
  it('merges what the file says over the default mapping', () => {
    const { mapping } = parseMapping(
      'child-welfare',
      yaml(
        'domain: child-welfare',
        'tables:',
        '  placement:',
        '    table: ccwis.plcmt',
        '    key: plcmt_no',
        '    columns:',
        '      setting: plcmt_type_cd',
        'codes:',
        '  placementSetting:',
        '    "01": GROUP_HOME',
        '    1: INSTITUTION',
        '  dischargeReason:',
        '    NA: ~',
        '    REU: REUNIFY',
      ),
      'mapping.yaml',
    );
    expect(mapping.placement).toEqual({
      table: 'ccwis.plcmt',
      columns: { ...defaultChildWelfareMapping.placement.columns, placementId: 'plcmt_no', setting: 'plcmt_type_cd' },
    });
    expect(mapping.child).toEqual(defaultChildWelfareMapping.child);
    // Codes are text as written, and a map given replaces the default one whole.
    expect(mapping.codes.placementSetting).toEqual({ '01': 'GROUP_HOME', '1': 'INSTITUTION' });
    expect(mapping.codes.dischargeReason).toEqual({ NA: null, REU: 'REUNIFY' });
    expect(mapping.codes.permanencyGoal).toEqual(defaultChildWelfareMapping.codes.permanencyGoal);
  });

  it('names the line and column of an unknown port field, with the fields it expected', () => {
    expect(issuesOf(yaml('domain: child-welfare', 'tables:', '  placement:', '    columns:', '      setting_cd: plcmt_type'))).toEqual([
      'mapping.yaml:5:7: unknown port field "setting_cd" for table placement; expected one of placementId, caseId, setting, beginDate, endDate, providerName',
    ]);
  });

  it('names unknown tables, properties and code maps', () => {
    expect(
      issuesOf(
        yaml(
          'domain: child-welfare',
          'tables:',
          '  placements: { table: plcmt }',
          '  child:',
          '    tabel: client',
          'codes:',
          '  placementSettings: { RFH: GROUP_HOME }',
          'extra: 1',
        ),
      ),
    ).toEqual([
      'mapping.yaml:8:1: unknown top-level key "extra"; expected one of domain, tables, codes',
      'mapping.yaml:3:3: unknown table "placements" for child-welfare; expected one of child, caseworker, case, assignment, removal, circumstance, placement',
      'mapping.yaml:5:5: unknown property "tabel" for table child; expected one of table, key, columns',
      'mapping.yaml:7:3: unknown code map "placementSettings" for child-welfare; expected one of sex, caseStatus, permanencyGoal, dischargeReason, removalCircumstance, placementSetting',
    ]);
  });

  it('rejects a code map value that is not a port value, and null where the port has none', () => {
    expect(issuesOf(yaml('domain: child-welfare', 'codes:', '  placementSetting:', '    RFH: FOSTER_HOME', '    X: ~'))).toEqual([
      'mapping.yaml:4:10: "FOSTER_HOME" (local code "RFH") is not a placementSetting value; expected one of PRE_ADOPTIVE_HOME, FOSTER_FAMILY_HOME_RELATIVE, FOSTER_FAMILY_HOME_NON_RELATIVE, GROUP_HOME, INSTITUTION, SUPERVISED_INDEPENDENT_LIVING, RUNAWAY, TRIAL_HOME_VISIT',
      'mapping.yaml:5:8: local code "X" in placementSetting maps to nothing; expected one of PRE_ADOPTIVE_HOME, FOSTER_FAMILY_HOME_RELATIVE, FOSTER_FAMILY_HOME_NON_RELATIVE, GROUP_HOME, INSTITUTION, SUPERVISED_INDEPENDENT_LIVING, RUNAWAY, TRIAL_HOME_VISIT',
    ]);
  });

  it('rejects a duplicate local code, pointing at the first one', () => {
    expect(issuesOf(yaml('domain: schools', 'codes:', '  gradeLevel:', '    KG: Kindergarten', '    "01": First grade', "    '01': Second grade"), 'schools')).toEqual([
      'mapping.yaml:6:5: duplicate local code "01" in code map gradeLevel (first at line 5)',
    ]);
  });

  it('rejects names that are not plain SQL identifiers and a key: on a table without one', () => {
    expect(
      issuesOf(yaml('domain: child-welfare', 'tables:', '  child:', '    table: "client; drop table x"', '    columns: { sex: "sex code" }', '  assignment:', '    key: case_no')),
    ).toEqual([
      'mapping.yaml:4:12: the table name of table child is "client; drop table x", not a plain SQL name (letters, digits, _; optionally schema.table)',
      'mapping.yaml:5:21: the column of child.sex is "sex code", not a plain SQL name (letters, digits, _)',
      'mapping.yaml:7:5: table assignment has no one-column key; map each of its fields under columns: (caseId, caseworkerId, assignedOn)',
    ]);
  });

  it('requires the domain, and stops at the wrong one', () => {
    expect(issuesOf(yaml('tables: {}'))).toEqual(['mapping.yaml:1:1: missing "domain: child-welfare" (one of child-welfare, schools)']);
    expect(issuesOf(yaml('domain: schools', 'tables:', '  student: { table: stu }'))).toEqual([
      'mapping.yaml:1:9: domain is "schools" but this file is loaded for child-welfare',
    ]);
    expect(issuesOf('')).toEqual(['mapping.yaml:1:1: the mapping file is empty; it needs at least "domain: child-welfare"']);
  });

  it('reports YAML syntax errors at their line', () => {
    const [issue] = issuesOf(yaml('domain: child-welfare', 'tables:', '  child:', '    table: [client', '  case: {}'));
    expect(issue).toMatch(/^mapping\.yaml:\d+:\d+: /);
  });

  it('accepts both example files', async () => {
    const { loadMapping } = await import('./load-mapping.js');
    const examples = new URL('./examples/', import.meta.url).pathname;
    await expect(loadMapping('child-welfare', `${examples}child-welfare-county.yaml`)).resolves.toBeDefined();
    await expect(loadMapping('schools', `${examples}schools-district.yaml`)).resolves.toBeDefined();
  });
});
