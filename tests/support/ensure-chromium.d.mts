export declare const CANDIDATE_PATHS: string[];
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
