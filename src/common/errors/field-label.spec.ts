import { plainToInstance } from 'class-transformer';
import { IsNotEmpty, IsString, ValidateNested, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { Label, labelOf } from './field-label';
import { flattenValidationErrors } from './validation';

class PartyDto {
  @Label('姓名') @IsString() @IsNotEmpty() name: string;
}

class CommitteeDto {
  @Label('调委会名称') @IsString() @IsNotEmpty() name: string;
  @ValidateNested() @Type(() => PartyDto) contact: PartyDto;
}

class SpecialCommitteeDto extends CommitteeDto {}

describe('field labels declared per DTO', () => {
  it('lets two DTOs call the same field by different names, nested ones included', () => {
    const input = plainToInstance(CommitteeDto, { name: '', contact: { name: '' } });
    const messages = flattenValidationErrors(validateSync(input, { stopAtFirstError: true })).map((e) => `${e.field}: ${e.message}`);
    expect(messages).toEqual(['name: 调委会名称不能为空', 'contact.name: 姓名不能为空']);
  });

  it('finds labels of a class a DTO extends, and falls back to the field name', () => {
    expect(labelOf(new SpecialCommitteeDto(), 'name')).toBe('调委会名称');
    expect(labelOf(new SpecialCommitteeDto(), 'unknown')).toBe('unknown');
    expect(labelOf(undefined, 'phone')).toBe('phone');
  });
});
