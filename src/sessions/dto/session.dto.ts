import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Label } from '../../common/errors/field-label';

export class SaveRecordDto {
  @Label('笔录内容') @ApiProperty({ description: '调解笔录全文', maxLength: 50000 })
  @IsString() @MaxLength(50000)
  body: string;

  @Label('基础版本号') @ApiProperty({ description: '本次修改所基于的版本号（尚无笔录时为 0）；不是最新版本时返回 409' })
  @IsInt() @Min(0) @Max(1_000_000)
  baseVersion: number;
}

export class ConfirmRecordDto {
  @Label('版本号') @ApiProperty({ description: '确认的笔录版本号，须为最新版本' })
  @IsInt() @Min(1) @Max(1_000_000)
  version: number;
}

export class InviteGuestDto {
  @Label('用户') @ApiProperty({ description: '被邀请指导的法院工作人员的用户编号' })
  @IsUUID()
  userId: string;
}

export class RecordingConsentDto {
  @Label('是否同意') @ApiProperty({ description: '同意（true）或撤回同意（false）' })
  @IsBoolean()
  granted: boolean;

  @Label('用途') @ApiProperty({ required: false, enum: ['audio_video_recording'], default: 'audio_video_recording' })
  @IsOptional() @IsIn(['audio_video_recording'])
  purpose?: 'audio_video_recording';
}
