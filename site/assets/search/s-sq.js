(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sq"]={"key":"sq","forms":{"sql":[0]},"terms":[{"w":524,"p":"qLOiYP"}]};
