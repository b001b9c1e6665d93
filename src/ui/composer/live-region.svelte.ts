import { tick } from 'svelte';

/** The composer's one live region: every action says how it went here. */
export class LiveRegion {
  /** The words in the region now. */
  text = $state('');

  /** Says `text`, emptying the region first so the same words said twice are read out twice. */
  async say(text: string): Promise<void> {
    this.text = '';
    await tick();
    this.text = text;
  }
}
