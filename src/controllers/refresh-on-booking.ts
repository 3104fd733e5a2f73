/**
 * Reloads a component's data whenever a booking is announced anywhere on the page
 * (`mentorship-booked` reaches `window`): credits drop and booked times disappear without a reload,
 * whichever tag made the booking.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class RefreshOnBookingController implements ReactiveController {
  // After the event has reached every listener: a shared cache forgets its stale answers first.
  private readonly onBooked = () => queueMicrotask(this.refresh);

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('mentorship-booked', this.onBooked);
  }

  hostDisconnected(): void {
    window.removeEventListener('mentorship-booked', this.onBooked);
  }
}
