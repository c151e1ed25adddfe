// Admin commands that load guidance data from a JSON or CSV file, all or nothing:
//   npm run provisions:import -- file.(json|csv)      legal provisions (replaced by law + article)
//   npm run similar-cases:import -- file.(json|csv)   public case summaries (anonymised on the way in)
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../database/entities';
import { parseRecordsFile, validateRecords } from '../guidance/import/records-file';
import { PublicCaseDto } from '../guidance/import/public-case.dto';
import { ProvisionDto } from '../guidance/provisions/dto/provision.dto';
import { importProvisions } from '../guidance/provisions/provisions.service';
import { anonymise } from '../guidance/search/anonymiser';
import { CaseSummariesRepository } from '../guidance/search/case-summaries.repository';
import { openMigratedDatabase } from './cli-database';

const KINDS = {
  provisions: { lists: ['categories', 'keywords'] },
  cases: { numbers: ['claimAmountFen', 'settledAmountFen', 'daysToClose'], booleans: ['confirmed'] },
};

async function main() {
  const [what, file] = process.argv.slice(2);
  if (!['provisions', 'cases'].includes(what) || !file) {
    throw new Error('用法：npm run provisions:import -- 文件.json|csv  或  npm run similar-cases:import -- 文件.json|csv');
  }
  const records = parseRecordsFile(readFileSync(file, 'utf8'), file, KINDS[what as 'provisions' | 'cases']);
  const { valid, errors } = what === 'provisions'
    ? await validateRecords(ProvisionDto, records)
    : await validateRecords(PublicCaseDto, records);
  if (errors.length) {
    throw new Error(`文件有 ${errors.length} 行不合格，未导入任何内容：\n` + errors.map((e) => `第 ${e.row} 条：${e.messages.join('；')}`).join('\n'));
  }
  const database = await openMigratedDatabase();
  const dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: ENTITIES }).initialize();
  try {
    if (what === 'provisions') {
      const result = await dataSource.transaction((m) => importProvisions(m, valid as ProvisionDto[], null));
      console.log(`已导入法律规定：新增 ${result.inserted} 条，更新 ${result.updated} 条`);
    } else {
      const repository = new CaseSummariesRepository(dataSource);
      await dataSource.transaction(async (m) => {
        for (const c of valid as PublicCaseDto[]) {
          await repository.insert(m, {
            origin: 'public', caseId: null, reference: c.reference, category: c.category, claimAmountFen: c.claimAmountFen,
            outcome: c.outcome, settledAmountFen: c.settledAmountFen ?? null, daysToClose: c.daysToClose ?? null,
            confirmed: c.confirmed ?? null, closedOn: c.closedOn, summary: anonymise(c.summary), source: c.source,
          });
        }
      });
      console.log(`已导入公开案例摘要 ${valid.length} 条（已脱敏）`);
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
