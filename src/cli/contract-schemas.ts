import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/project-root';
import { CONTRACT_FILE, GENERATED_FILE, generateContractSchemas, renderGeneratedModule } from '../openapi/contract-schema-generator';

// npm run contract:schemas — regenerates the OpenAPI schemas of the REST contract (src/api-contract.ts).
const root = projectRoot();
const generated = renderGeneratedModule(generateContractSchemas(path.join(root, CONTRACT_FILE)));
writeFileSync(path.join(root, GENERATED_FILE), generated);
console.log(`${GENERATED_FILE}: ${generated.split('\n').length} lines`);
