(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sn"]={"key":"sn","forms":{"snippets":[0],"snr":[1]},"terms":[{"w":524,"p":"kCKHK"},{"w":575,"p":"oYZ"}]};
