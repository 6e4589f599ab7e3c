using Kvu.Bot.Storage;
using Kvu.Bot.Storage.PersonalData;
using Newtonsoft.Json.Linq;

namespace Kvu.Bot.Conversations;

/// <summary>
/// The personal data of the bot's edge: the addresses of the conversations it is in (Conversations table) and the
/// Bot Framework's conversation state (BotState table), which keeps per user (by AAD object id) the active project and
/// an unfinished flow with its answers so far. Neither belongs to a project, so they are read only for the whole
/// tenant. Erasing a person deletes her own 1:1 chat with the bot (address and state); in a group chat or channel her
/// place in the state is removed and her names in other users' unfinished answers are replaced. When a project is
/// deleted, users' places forget it as their active project.
/// </summary>
public sealed class ConversationPersonalData(ConversationStore conversations, TableBotStorage state) : TenantPersonalData([KvuTables.Conversations, KvuTables.BotState])
{
    protected override async IAsyncEnumerable<PersonMention> MentionsInTenantAsync(string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (address, key, data) in StatesAsync(tenantId, cancellationToken))
        {
            foreach (var user in Users(data))
            {
                yield return new PersonMention(null, null, user, null, address.Kind == ConversationKind.Personal ? address.ConversationId : null);
            }
        }
    }

    protected override async IAsyncEnumerable<PersonalRecord> ExportFromTenantAsync(DataSubject subject, string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var owned = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var (address, key, data) in StatesAsync(tenantId, cancellationToken))
        {
            if (IsOwnedBy(address, subject, [data]) && owned.Add(address.ConversationId))
            {
                yield return new PersonalRecord(KvuTables.Conversations, TableKeys.Encode(address.TenantId), TableKeys.Encode(address.ConversationId), "conversationAddress", new JsonObject
                {
                    ["conversationId"] = address.ConversationId,
                    ["kind"] = address.Kind.ToString(),
                    ["updatedAt"] = address.UpdatedAt,
                });
            }

            foreach (var user in Users(data).Where(subject.HasAadObjectId))
            {
                var mine = data?[ConversationData.StateProperty]?[nameof(ConversationData.Users)]?[user] as JObject;
                var flow = mine?[nameof(Flows.UserConversation.Flow)] as JObject;
                yield return new PersonalRecord(KvuTables.BotState, TableKeys.Encode(key), string.Empty, "conversationState", new JsonObject
                {
                    ["conversationId"] = address.ConversationId,
                    ["kind"] = address.Kind.ToString(),
                    ["activeProjectId"] = mine?[nameof(Flows.UserConversation.ActiveProjectId)]?.Value<string>(),
                    ["flow"] = flow?[nameof(Flows.FlowState.Flow)]?.Value<string>(),
                    ["step"] = flow?[nameof(Flows.FlowState.Step)]?.Value<string>(),
                });
            }
        }
    }

    protected override async Task<int> EraseFromTenantAsync(PersonErasure erasure, CancellationToken cancellationToken)
    {
        var subject = erasure.Subject;
        var changed = 0;
        await foreach (var address in conversations.ListByTenantAsync(erasure.Scope.TenantId, cancellationToken))
        {
            var keys = new List<string>();
            await foreach (var key in state.ListKeysAsync(StatePrefix(address), cancellationToken))
            {
                keys.Add(key);
            }

            var states = keys.Count == 0 ? new Dictionary<string, object>() : await state.ReadAsync([.. keys], cancellationToken);
            if (IsOwnedBy(address, subject, states.Values.OfType<JObject>()))
            {
                // Her own chat with the bot: nothing in it is anyone else's.
                await state.DeleteAsync([.. keys], cancellationToken);
                changed += keys.Count + (await conversations.DeleteAsync(address.TenantId, address.ConversationId, cancellationToken) ? 1 : 0);
                continue;
            }

            foreach (var key in keys)
            {
                changed += await UpdateAsync(key, json => Erase(json, subject), cancellationToken) ? 1 : 0;
            }
        }

        return changed;
    }

    /// <summary>
    /// Conversations are no project's, but a user's place in them remembers her active project and an unfinished flow
    /// of it: both are forgotten, so nothing points at the deleted project any more.
    /// </summary>
    public override async Task<int> DeleteProjectAsync(string tenantId, string projectId, CancellationToken cancellationToken)
    {
        var changed = 0;
        await foreach (var address in conversations.ListByTenantAsync(tenantId, cancellationToken))
        {
            await foreach (var key in state.ListKeysAsync(StatePrefix(address), cancellationToken))
            {
                changed += await UpdateAsync(key, json => Forget(json, projectId), cancellationToken) ? 1 : 0;
            }
        }

        return changed;
    }

    /// <summary>Changes one state entity under its ETag; a turn that saved it meanwhile is read again and the change re-applied.</summary>
    /// <param name="change">Changes the state; false: nothing to change, nothing is written.</param>
    private async Task<bool> UpdateAsync(string key, Func<JObject, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var read = await state.ReadAsync([key], cancellationToken);
            if (!read.TryGetValue(key, out var value) || value is not JObject json || !change(json))
            {
                return false;
            }

            try
            {
                await state.WriteAsync(new Dictionary<string, object> { [key] = json }, cancellationToken);
                return true;
            }
            catch (StorageConflictException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>Removes every property named by one of her AAD object ids (her place per user) and scrubs her from every text.</summary>
    private static bool Erase(JToken token, DataSubject subject)
    {
        var changed = false;
        switch (token)
        {
            case JObject json:
                foreach (var property in json.Properties().ToList())
                {
                    if (property.Name != TableBotStorage.ETagKey && subject.HasAadObjectId(property.Name))
                    {
                        property.Remove();
                        changed = true;
                    }
                    else if (property.Name != TableBotStorage.ETagKey)
                    {
                        changed |= Erase(property.Value, subject);
                    }
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    changed |= Erase(item, subject);
                }

                break;
            case JValue { Type: JTokenType.String } text when text.Value<string>() is { } value && subject.IsMentionedIn(value):
                text.Value = subject.Scrub(value);
                changed = true;
                break;
        }

        return changed;
    }

    /// <summary>Every user's active project and unfinished flow that are <paramref name="projectId"/>'s, forgotten.</summary>
    private static bool Forget(JObject data, string projectId)
    {
        var changed = false;
        foreach (var user in (data[ConversationData.StateProperty]?[nameof(ConversationData.Users)] as JObject)?.Properties().Select(p => p.Value).OfType<JObject>() ?? [])
        {
            if (user[nameof(Flows.UserConversation.ActiveProjectId)]?.Value<string>() == projectId)
            {
                user[nameof(Flows.UserConversation.ActiveProjectId)] = null;
                changed = true;
            }

            if (user[nameof(Flows.UserConversation.Flow)] is JObject flow && flow[nameof(Flows.FlowState.ProjectId)]?.Value<string>() == projectId)
            {
                user[nameof(Flows.UserConversation.Flow)] = null;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Her own 1:1 chat: one she is known to have, or a personal chat whose state names her and nobody else.</summary>
    private static bool IsOwnedBy(ConversationAddress address, DataSubject subject, IEnumerable<JObject?> states)
    {
        if (address.Kind != ConversationKind.Personal)
        {
            return false;
        }

        var users = states.SelectMany(Users).ToList();
        return subject.HasConversation(address.ConversationId) || (users.Count > 0 && users.All(subject.HasAadObjectId));
    }

    private async IAsyncEnumerable<(ConversationAddress Address, string Key, JObject? Data)> StatesAsync(string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var address in conversations.ListByTenantAsync(tenantId, cancellationToken))
        {
            var keys = new List<string>();
            await foreach (var key in state.ListKeysAsync(StatePrefix(address), cancellationToken))
            {
                keys.Add(key);
            }

            if (keys.Count == 0)
            {
                yield return (address, string.Empty, null);
                continue;
            }

            foreach (var (key, value) in await state.ReadAsync([.. keys], cancellationToken))
            {
                yield return (address, key, value as JObject);
            }
        }
    }

    /// <summary>The AAD object ids the conversation's state keeps a place for.</summary>
    private static IEnumerable<string> Users(JObject? data) =>
        (data?[ConversationData.StateProperty]?[nameof(ConversationData.Users)] as JObject)?.Properties().Select(p => p.Name) ?? [];

    /// <summary>The SDK's ConversationState key ("msteams/conversations/{id}"); a channel's threads add ";messageid=..." to it.</summary>
    private static string StatePrefix(ConversationAddress address) => $"{address.ChannelId}/conversations/{address.ConversationId}";
}
