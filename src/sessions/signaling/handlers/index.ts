import type { RequestData, RequestMethod, ResponseData } from '../protocol';
import type { HandlerContext } from './handler-context';
import { chat, raiseHand } from './conversation.handlers';
import { join, leave } from './join.handlers';
import * as media from './media.handlers';
import { admit, endCaucus, endSession, mute, remove, startCaucus } from './moderation.handlers';

export type HandlerMap = { [M in RequestMethod]: (ctx: HandlerContext, data: RequestData<M>) => Promise<ResponseData<M>> };

/** Every signaling method and its handler. */
export const HANDLERS: HandlerMap = {
  join, leave, ...media, admit, remove, mute, startCaucus, endCaucus, endSession, chat, raiseHand,
};
