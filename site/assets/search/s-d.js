(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-d"]={"key":"d","forms":{"d":[0]},"terms":[{"w":490,"p":"cXhJJhQL"}]};
