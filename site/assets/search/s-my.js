(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-my"]={"key":"my","forms":{"my":[0],"mysterious":[1]},"terms":[{"w":575,"p":"uNhA"},{"w":524,"p":"mJLoJK"}]};
