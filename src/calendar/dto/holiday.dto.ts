import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Label } from '../../common/errors/field-label';

export class HolidayDayDto {
  @Label('日期') @ApiProperty({ example: '2027-01-01' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) date: string;
  /** holiday: 法定休假日; workday: 调休上班 (a weekend day that is a working day). */
  @Label('类型') @ApiProperty({ enum: ['holiday', 'workday'] }) @IsIn(['holiday', 'workday']) kind: 'holiday' | 'workday';
  @Label('名称') @ApiProperty({ example: '元旦' }) @IsString() @IsNotEmpty() @MaxLength(40) name: string;
}

export class HolidayYearDto {
  @Label('节假日安排') @ApiProperty({ type: [HolidayDayDto] }) @IsArray() @ArrayMaxSize(80) @ValidateNested({ each: true }) @Type(() => HolidayDayDto)
  days: HolidayDayDto[];
}
