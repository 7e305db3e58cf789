# http.client.responses holds every standard status code's reason phrase.
import http.client

print(len(http.client.responses))
for code in (102, 207, 226, 404, 407, 418, 421, 451, 511):
    print(code, http.client.responses[code])
print(http.client.responses.get(299))
