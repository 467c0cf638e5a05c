/** The recording types a story may carry, with the MIME type each is served as. */
export const AUDIO_TYPES = {
  '.m4a': 'audio/mp4',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.webm': 'audio/webm',
} as const;
export type AudioExtension = keyof typeof AUDIO_TYPES;
export const AUDIO_EXTENSIONS = Object.keys(AUDIO_TYPES) as AudioExtension[];

export const isAudioExtension = (extension: string): extension is AudioExtension =>
  extension in AUDIO_TYPES;
