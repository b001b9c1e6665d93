/** Whether a new version of the guide has taken over and a reload would show it. */
class OfflineState {
  updateReady = $state(false);
}

export const offline = new OfflineState();
