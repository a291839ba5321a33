(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-t2"]={"key":"t2","forms":{"t2i":[0]},"terms":[{"w":524,"p":"UXjd8W"}]};
