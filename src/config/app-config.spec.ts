import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const TENCENT = {
  TENCENT_SMS_SECRET_ID: 'AKIDexample', TENCENT_SMS_SECRET_KEY: 'secret', TENCENT_SMS_SDK_APP_ID: '1400000000',
  TENCENT_SMS_SIGN_NAME: '合舟调解', TENCENT_SMS_TEMPLATE_ID: '100001',
};

describe('configuration checked at boot', () => {
  const dataDir = () => mkdtempSync(path.join(tmpdir(), 'hezhou-config-'));

  it('fills in defaults and makes local secrets when none are given', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.port).toBe(3000);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.seedDemo).toBe(false);
    expect(config.trustProxy).toBe('loopback');
    expect(config.sms).toEqual({ provider: 'outbox' });
    expect(config.phoneCodes).toEqual({ ttlSeconds: 300, maxAttempts: 5, resendSeconds: 60, dailyLimit: 10, ipHourlyLimit: 30 });
  });

  it('seeds demo accounts only when SEED_DEMO=true is set, and never in production', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), SEED_DEMO: 'false' }).seedDemo).toBe(false);
    const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32), DATA_KEY: 'k'.repeat(32), ...TENCENT };
    expect(loadConfig({ ...production, DATA_DIR: dataDir(), SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });

  it('reads TRUST_PROXY as Express does, and refuses nonsense', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'yes please!' })).toThrow(/TRUST_PROXY/);
  });

  it('checks the limits of phone codes and logins', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PHONE_CODE_MAX_ATTEMPTS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), PHONE_CODE_TTL_SECONDS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), LOGIN_ACCOUNT_MAX_FAILURES: '-1' })).toThrow(ConfigError);
  });

  it('needs a complete SMS provider in production, where the development outbox is refused', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32), DATA_KEY: 'k'.repeat(32), DATA_DIR: dataDir() };
    expect(() => loadConfig(production)).toThrow(/短信服务/);
    expect(() => loadConfig({ ...production, ...TENCENT, TENCENT_SMS_TEMPLATE_ID: '' })).toThrow(/TENCENT_SMS_TEMPLATE_ID/);
    expect(loadConfig({ ...production, ...TENCENT }).sms).toMatchObject({ provider: 'tencent', region: 'ap-guangzhou', endpoint: 'https://sms.tencentcloudapi.com' });
  });

  it('runs as a media node only with Redis, and leaves seeding and durable jobs to the API instances', () => {
    const plain = loadConfig({ DATA_DIR: dataDir(), SEED_DEMO: 'true' });
    expect(plain).toMatchObject({ role: 'api', seedDemo: true, jobsWorker: true });
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORTAL_ROLE: 'media' })).toThrow(/媒体节点.*REDIS_URL/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORTAL_ROLE: 'sfu' })).toThrow(/PORTAL_ROLE 只能是 api 或 media/);
    const node = loadConfig({ DATA_DIR: dataDir(), PORTAL_ROLE: 'media', REDIS_URL: 'redis://10.0.0.5:6379', SEED_DEMO: 'true', MEDIA_NODE_ID: 'media-1' });
    expect(node).toMatchObject({ role: 'media', seedDemo: false, jobsWorker: false, mediaNodeId: 'media-1' });
  });

  it('keeps the same local secrets across restarts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(loadConfig({ DATA_DIR: dir }).jwtSecret);
  });

  it('fails fast, in Chinese, on a wrong port or database URL', () => {
    expect(() => loadConfig({ PORT: 'abc', DATA_DIR: dataDir() })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', DATA_DIR: dataDir() })).toThrow(/DATABASE_URL/);
  });

  it('refuses to run in production without explicit secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(/JWT_SECRET/);
  });

  it('stores files on local disk by default, and in an S3-compatible bucket with STORAGE=s3', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).storage).toEqual({ kind: 'local' });
    const minio = { STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000/', S3_BUCKET: 'hezhou-evidence', S3_ACCESS_KEY_ID: 'minio', S3_SECRET_ACCESS_KEY: 'minio-secret' };
    expect(loadConfig({ DATA_DIR: dataDir(), ...minio }).storage).toEqual({
      kind: 's3', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', bucket: 'hezhou-evidence',
      accessKeyId: 'minio', secretAccessKey: 'minio-secret', forcePathStyle: true, prefix: '',
    });
    // 阿里云 OSS wants the bucket in the host name.
    const oss = { ...minio, S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com', S3_REGION: 'cn-hangzhou', S3_FORCE_PATH_STYLE: 'false', S3_PREFIX: 'hezhou/' };
    expect(loadConfig({ DATA_DIR: dataDir(), ...oss }).storage).toMatchObject({ forcePathStyle: false, region: 'cn-hangzhou', prefix: 'hezhou/' });
    // AWS itself: no endpoint, virtual-hosted buckets.
    expect(loadConfig({ DATA_DIR: dataDir(), ...minio, S3_ENDPOINT: undefined }).storage).toMatchObject({ endpoint: undefined, forcePathStyle: false });
  });

  it('refuses an incomplete or malformed S3 setting, in Chinese, naming the variable', () => {
    const s3 = { STORAGE: 's3', S3_BUCKET: 'hezhou', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', DATA_DIR: dataDir() };
    expect(() => loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toThrow(/STORAGE=s3 时必须设置 S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ ...s3, S3_BUCKET: 'My_Bucket' })).toThrow(/S3_BUCKET 须为/);
    expect(() => loadConfig({ ...s3, S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    expect(() => loadConfig({ ...s3, S3_PREFIX: 'no-slash' })).toThrow(/S3_PREFIX/);
    expect(() => loadConfig({ ...s3, STORAGE: 'nfs' })).toThrow(/STORAGE 须为 local/);
  });
});
