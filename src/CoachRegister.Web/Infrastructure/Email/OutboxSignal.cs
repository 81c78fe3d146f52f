using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace CoachRegister.Web.Infrastructure.Email;

/// <summary>
/// Lets the dispatcher send a queued message as soon as it is saved instead of at its next poll.
/// </summary>
public sealed class OutboxSignal
{
    // One pending wake-up covers every message saved before the dispatcher next runs, so extra ones are dropped.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>
    /// Wakes the dispatcher once the context's next save succeeds (the message is then in the table). The handler
    /// removes itself on that save or a failed one, so a pooled context never collects handlers; at worst a
    /// queue that is never saved costs one spurious wake-up at that context's next save.
    /// </summary>
    public void WakeAfterSave(DbContext db)
    {
        EventHandler<SavedChangesEventArgs>? saved = null;
        EventHandler<SaveChangesFailedEventArgs>? failed = null;
        saved = (_, _) =>
        {
            Unsubscribe();
            Wake();
        };
        failed = (_, _) => Unsubscribe();
        db.SavedChanges += saved;
        db.SaveChangesFailed += failed;

        void Unsubscribe()
        {
            db.SavedChanges -= saved;
            db.SaveChangesFailed -= failed;
        }
    }

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Waits until woken or until the timeout passes, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutSource.Token);
        try
        {
            await _wake.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed without a wake-up: poll anyway.
        }
    }
}
