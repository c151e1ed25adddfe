import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/project-root';
import { CONTRACT_FILE, GENERATED_FILE, generateContractSchemas, renderGeneratedModule } from './contract-schema-generator';

describe('the OpenAPI schemas generated from the contract', () => {
  const generated = generateContractSchemas(path.join(projectRoot(), CONTRACT_FILE));

  it('are up to date with src/api-contract.ts (else run: npm run contract:schemas)', () => {
    expect(readFileSync(path.join(projectRoot(), GENERATED_FILE), 'utf8')).toBe(renderGeneratedModule(generated));
  });

  it('say what is required, what may be null and which values a field takes', () => {
    const party = generated.schemas.PartyResponse as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(party.properties.side).toEqual({ type: 'string', enum: expect.arrayContaining(['applicant', 'respondent']) });
    expect(party.properties.phone).toMatchObject({ type: 'string', nullable: true });
    expect(party.properties.invitation).toMatchObject({ type: 'object', nullable: true });
    expect(party.required).toContain('consent');
    const error = generated.schemas.ErrorResponse as { required: string[] };
    expect(error.required).not.toContain('errors');
  });

  it('refers to other contract types by name instead of copying them', () => {
    const detail = generated.schemas.SessionDetail as { properties: Record<string, unknown> };
    expect(detail.properties.record).toEqual({ allOf: [{ $ref: '#/components/schemas/RecordResponse' }], nullable: true });
    expect(detail.properties.chat).toEqual({ type: 'array', items: { $ref: '#/components/schemas/ChatMessageResponse' } });
  });
});
