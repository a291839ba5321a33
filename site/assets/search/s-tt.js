(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-tt"]={"key":"tt","forms":{"ttft":[0],"tts":[1]},"terms":[{"w":575,"p":"jQS"},{"w":490,"p":"sJbFNhWY"}]};
