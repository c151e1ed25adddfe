import { BadRequest, parseRequest } from './request-parser';

const codeOf = (raw: string) => {
  try {
    parseRequest(raw);
  } catch (error) {
    return { id: (error as BadRequest).id, code: (error as BadRequest).error.code };
  }
  return 'parsed';
};

describe('parseRequest', () => {
  const sessionId = '2f1e6f0e-6c1f-4d7e-9a52-1b1c3f4e5d6a';

  it('reads a well-formed request and keeps only declared fields', () => {
    expect(parseRequest(JSON.stringify({ id: 7, method: 'join', data: { sessionId } }))).toMatchObject({ id: 7, method: 'join', data: { sessionId } });
    expect(parseRequest('{"id":1,"method":"leave"}')).toEqual({ id: 1, method: 'leave', data: {} });
  });

  it('refuses what is not a request envelope, without an id to answer to', () => {
    for (const raw of ['nope', '[]', 'null', '{"method":"join"}', '{"id":-1,"method":"join"}', '{"id":1.5,"method":"join"}', '{"id":"1","method":"join"}']) {
      expect(codeOf(raw)).toEqual({ id: null, code: 'SIGNAL_BAD_MESSAGE' });
    }
  });

  it('answers unknown methods by id, including names from Object.prototype', () => {
    expect(codeOf('{"id":3,"method":"fly"}')).toEqual({ id: 3, code: 'SIGNAL_UNKNOWN_METHOD' });
    expect(codeOf('{"id":4,"method":"constructor"}')).toEqual({ id: 4, code: 'SIGNAL_UNKNOWN_METHOD' });
  });

  it('validates data: missing fields, wrong types, extra fields, data that is not an object', () => {
    expect(codeOf('{"id":5,"method":"join","data":{}}')).toEqual({ id: 5, code: 'VALIDATION_FAILED' });
    expect(codeOf('{"id":6,"method":"join","data":{"sessionId":"x"}}')).toEqual({ id: 6, code: 'VALIDATION_FAILED' });
    expect(codeOf(JSON.stringify({ id: 7, method: 'join', data: { sessionId, admin: true } }))).toEqual({ id: 7, code: 'VALIDATION_FAILED' });
    expect(codeOf('{"id":8,"method":"chat","data":"hello"}')).toEqual({ id: 8, code: 'VALIDATION_FAILED' });
    expect(codeOf('{"id":9,"method":"raiseHand","data":{"raised":"yes"}}')).toEqual({ id: 9, code: 'VALIDATION_FAILED' });
    expect(codeOf('{"id":10,"method":"endCaucus","data":{"now":true}}')).toEqual({ id: 10, code: 'VALIDATION_FAILED' });
    expect(codeOf(JSON.stringify({ id: 11, method: 'startCaucus', data: { peerIds: [sessionId, sessionId] } }))).toEqual({ id: 11, code: 'VALIDATION_FAILED' });
  });
});
